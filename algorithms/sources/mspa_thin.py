"""Anchored order-independent binary thinning (pure numpy/scipy), as MSPA uses it to
find the skeleton that links core areas.

Definition (Iwanowski and Soille 2005, "Order independence in binary 2D homotopic
thinning"; Soille and Vogt 2009): a foreground pixel may be deleted when it is simple
(removing it changes neither the foreground nor the background topology, with 8/4 or 4/8
connectivity) and independent of every simple neighbour it could be deleted with (the
pair is a "simple pair"), with extra rules for isolated triples and quadruples of simple
pixels; anchor pixels are never deleted. Each round deletes all such pixels at once, and
only the 8-neighbours of the pixels deleted in the previous round are examined again, so
the result does not depend on the scanning order and each round is one vectorised step.
The outer two rows and columns of the image and the anchor are cleared first (the
engine's frame).
"""
import numpy as np
from scipy import ndimage as ndi

CHUNK = 1 << 16   # candidates examined at once: bounds the temporary index arrays

# neighbour order W, E, N, S, NW, SW, NE, SE as (dy, dx); bit i of a configuration code
# is neighbour i
OFFSETS = ((0, -1), (0, 1), (-1, 0), (1, 0), (-1, -1), (1, -1), (-1, 1), (1, 1))


def _simple_table(fg8):
    """256-entry table: is the centre of the configuration simple?  A pixel is simple
    when its neighbourhood holds exactly one foreground component adjacent to it and one
    background component adjacent to it (foreground 8- and background 4-connected when
    fg8, else the reverse)."""
    s8, s4 = np.ones((3, 3), int), ndi.generate_binary_structure(2, 1)
    sf, sb = (s8, s4) if fg8 else (s4, s8)
    adj_f = OFFSETS if fg8 else OFFSETS[:4]
    adj_b = OFFSETS[:4] if fg8 else OFFSETS
    table = np.zeros(256, dtype=bool)
    for code in range(256):
        fg = np.zeros((3, 3), dtype=bool)
        for i, (dy, dx) in enumerate(OFFSETS):
            fg[1 + dy, 1 + dx] = bool(code >> i & 1)
        lf, _ = ndi.label(fg, sf)
        bg = ~fg
        bg[1, 1] = False
        lb, _ = ndi.label(bg, sb)
        nf = {lf[1 + dy, 1 + dx] for dy, dx in adj_f if fg[1 + dy, 1 + dx]}
        nb = {lb[1 + dy, 1 + dx] for dy, dx in adj_b if bg[1 + dy, 1 + dx]}
        table[code] = len(nf) == 1 and len(nb) == 1
    return table


SIMPLE = {0: _simple_table(True), 1: _simple_table(False)}

# Simple pairs: may a pixel and its simple neighbour be deleted together?  Indexed by the
# foreground state of the pixels flanking the pair; see _pair_codes for the bit layout.
# stype 0: foreground 8 / background 4; stype 1: foreground 4 / background 8.
PAIR_DIAG = {0: np.array([0, 1, 1, 1], bool), 1: np.array([1, 1, 1, 0], bool)}
PAIR_AXIS = {0: np.array([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], bool),
             1: np.array([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0], bool)}
# flanking neighbours (indices into OFFSETS) for each pair direction: for an axial
# neighbour (a, b, c, d), code = d | c<<1 | b<<2 | a<<3; for a diagonal one (a, b),
# code = b | a<<1
FLANKS = {0: (2, 4, 3, 5), 1: (2, 6, 3, 7), 2: (0, 4, 1, 6), 3: (0, 5, 1, 7),
          4: (0, 2), 5: (3, 0), 6: (2, 1), 7: (1, 3)}


class _Thinner:
    def __init__(self, img, free, stype):
        self.img = img.ravel()          # uint8 0/1, modified in place
        self.free = free.ravel()        # not anchored: may be deleted
        nx = img.shape[1]
        self.nx = nx
        self.sh = np.array([dy * nx + dx for dy, dx in OFFSETS], dtype=np.int64)
        self.stype = stype
        self.table = SIMPLE[stype]

    def codes(self, pos):
        code = np.zeros(pos.shape, dtype=np.uint8)
        for i, s in enumerate(self.sh):
            code |= (self.img[pos + s] == 1).astype(np.uint8) << i
        return code

    def simple(self, pos):
        return (self.img[pos] > 0) & self.table[self.codes(pos)]

    def simple_free(self, pos):
        return self.free[pos] & self.simple(pos)

    def fg(self, pos):
        return self.img[pos] >= 1

    def count_fg(self, pos, n):
        c = np.zeros(pos.shape, dtype=np.int8)
        for s in self.sh[:n]:
            c += self.fg(pos + s)
        return c

    def independent(self, pos):
        """Is each candidate (free, simple) independent of its simple neighbours?"""
        sh, st = self.sh, self.stype
        m = pos.size
        allindep = np.ones(m, dtype=bool)
        ngbnum = np.zeros(m, dtype=np.int8)
        conftype = np.zeros(m, dtype=np.int8)
        fail_ct = np.zeros(m, dtype=np.int8)
        fail_a = np.zeros(m, dtype=np.int64)
        fail_b = np.zeros(m, dtype=np.int64)
        # ts[i]: neighbour i is free, simple and foreground like the centre
        ts = np.empty((8, m), dtype=bool)
        for i in range(8):
            ts[i] = self.simple_free(pos + sh[i])
        for i in range(8):
            act = allindep & ts[i]        # the scan stops at the first dependent pair
            ngbnum += act
            fl = FLANKS[i]
            if i < 4:
                code = (self.fg(pos + sh[fl[3]]).astype(np.int8)
                        | self.fg(pos + sh[fl[2]]) << 1
                        | self.fg(pos + sh[fl[1]]) << 2
                        | self.fg(pos + sh[fl[0]]) << 3)
                ct = code + 5
                ok = PAIR_AXIS[st][code]
                a, b = sh[fl[0]], sh[fl[1]]
            else:
                code = (self.fg(pos + sh[fl[1]]).astype(np.int8)
                        | self.fg(pos + sh[fl[0]]) << 1)
                ct = code + 1
                ok = PAIR_DIAG[st][code]
                a, b = sh[fl[0]], sh[fl[1]]
            conftype = np.where(act, ct, conftype)
            bad = act & ~ok
            fail_ct[bad] = ct[bad]
            fail_a[bad] = a
            fail_b[bad] = b
            allindep &= ~bad
        result = allindep.copy()
        if st == 1:
            # 4-connected foreground: a dependent diagonal pair whose two flanking axial
            # pixels are simple may still go, unless it is an isolated quadruple
            dep = ~allindep & (fail_ct == 4)
            idx = np.flatnonzero(dep)
            if idx.size:
                p = pos[idx]
                ok = self.simple_free(p + fail_a[idx]) & self.simple_free(p + fail_b[idx])
                zero = np.zeros(idx.size, dtype=np.int8)
                for s in sh[:4]:
                    zero += ~self.fg(p + s)
                ok &= zero == 2
                idx, p = idx[ok], p[ok]
                founddiff = np.zeros(idx.size, dtype=bool)
                for s in sh[:4]:
                    chk = ~founddiff & self.simple_free(p + s)
                    founddiff |= chk & (self.count_fg(p + s, 4) != 2)
                result[idx] = founddiff
        # an isolated triple or quadruple of mutually independent simple pixels keeps its
        # pixels (deleting all of them at once would break it)
        trip = allindep & (((ngbnum == 2) & np.isin(conftype, (2, 3, 6, 7, 9, 13)))
                           | ((ngbnum == 3) & np.isin(conftype, (4, 8, 17))))
        idx = np.flatnonzero(trip)
        if idx.size:
            p = pos[idx]
            n = ngbnum[idx]
            founddiff = np.zeros(idx.size, dtype=bool)
            for i in range(8):
                chk = ~founddiff & ts[i][idx]
                founddiff |= chk & (self.count_fg(p + sh[i], 8) != n)
            result[idx] = founddiff
        return result

    def deletable(self, pos, checked=False):
        """The candidates that may be deleted now; in chunks, to bound memory."""
        out = []
        for i in range(0, pos.size, CHUNK):
            p = pos[i:i + CHUNK]
            if not checked:
                p = p[self.simple_free(p)]
            if p.size:
                out.append(p[self.independent(p)])
        return np.concatenate(out) if out else pos[:0]

    def first_candidates(self, img2d, free2d):
        """Free simple pixels of the whole image, by shifted slices (no index arrays)."""
        ny, nx = img2d.shape
        code = np.zeros((ny - 2, nx - 2), dtype=np.uint8)
        for i, (dy, dx) in enumerate(OFFSETS):
            nb = img2d[1 + dy:ny - 1 + dy, 1 + dx:nx - 1 + dx] == 1
            code |= nb.view(np.uint8) << i
        cand = np.zeros((ny, nx), dtype=bool)
        cand[1:-1, 1:-1] = self.table[code]
        del code
        cand &= (img2d > 0) & free2d
        return np.flatnonzero(cand)

    def run(self, img2d, free2d):
        img = self.img
        pos = self.first_candidates(img2d, free2d)
        dele = self.deletable(pos, checked=True)
        del pos
        mark = np.zeros(img.size, dtype=bool)     # neighbours of the last deletions
        while dele.size:
            img[dele] = 0
            for i in range(0, dele.size, CHUNK):
                d = dele[i:i + CHUNK]
                for s in self.sh:
                    mark[d + s] = True
            mark &= img > 0
            nb = np.flatnonzero(mark)
            mark[nb] = False
            dele = self.deletable(nb)
        return img


def anchored_thinning(img, anchor, graph_fg):
    """Thin the 0/1 uint8 image `img` in place, never deleting `anchor` pixels; both get
    their outer two rows and columns cleared first. graph_fg: 8 or 4."""
    for a in (img, anchor):
        a[:2] = 0
        a[-2:] = 0
        a[:, :2] = 0
        a[:, -2:] = 0
    free = anchor == 0
    _Thinner(img, free, 0 if graph_fg == 8 else 1).run(img, free)
    return img
