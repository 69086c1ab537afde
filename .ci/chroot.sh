#!/usr/bin/env bash
# Runs the test suite on a second Debian release in a chroot: `.ci/chroot.sh [target]`
# (target: the Makefile target to run, default `test`, or `build` to only build the
# chroot; SUITE: the Debian release, by default the other stable one than the host's).
#
# The chroot is built once with debootstrap from the Debian mirror the host's apt already
# uses, with Debian's QGIS installed, and cached outside the clone (CHROOT_CACHE, default
# /var/cache/ecosecurity-chroot/<suite>): a later run only copies the project in and runs
# `make`. Its venv (and the MSPA oracle download) are kept between runs too, so a second
# run reinstalls nothing that is unchanged. Needs root (debootstrap, mount, chroot).
set -euo pipefail

# the other stable Debian than the host's: Debian 13 on a Debian 12 machine and back
if [ -z "${SUITE:-}" ]; then
    case "$(. /etc/os-release && echo "${VERSION_CODENAME:-}")" in
        trixie) SUITE=bookworm ;;
        *) SUITE=trixie ;;
    esac
fi
TARGET=${1:-test}
CACHE=${CHROOT_CACHE:-/var/cache/ecosecurity-chroot}
ROOT=$CACHE/$SUITE
SRC=$(cd "$(dirname "$0")/.." && pwd)
DEST=/work/ecosecurity
# the Makefile's Debian packages plus what make and pip need inside a minimal system
PACKAGES="qgis qgis-providers python3-qgis python3-gdal python3-scipy python3-plotly gdal-bin
          python3-venv python3-pip make git ca-certificates qttools5-dev-tools"

log() { echo "[chroot $SUITE] $*"; }

# The host's Debian mirror (deb822 or one-line sources), so the chroot comes from the same
# archive the machine is set up to reach.
mirror() {
    local url
    url=$(grep -hs -E '^\s*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | awk '{print $2}' | grep -v -- '-security' | head -n1 || true)
    if [ -z "$url" ]; then
        url=$(grep -hs -E '^\s*deb\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
              2>/dev/null | awk '{for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) {print $i; exit}}' \
              | grep -v -- '-security' | head -n1 || true)
    fi
    echo "${MIRROR:-$url}"
}

MOUNTED=()
mount_all() {
    local root=$1
    mountpoint -q "$root/proc" && return  # mounted by this run already
    mount -t proc proc "$root/proc"; MOUNTED+=("$root/proc")
    mount -t sysfs sys "$root/sys"; MOUNTED+=("$root/sys")
    # /dev with its sub-mounts: /dev/shm holds multiprocessing's semaphores, /dev/pts ptys
    mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"; MOUNTED+=("$root/dev")
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}
umount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTED[i]}" 2>/dev/null || umount -lR "${MOUNTED[i]}" 2>/dev/null || true
    done
    MOUNTED=()
}
trap umount_all EXIT

# pip inside the chroot reaches the registry through the same TLS set-up as the host:
# the host's locally added certificate authorities are trusted there too.
copy_certificates() {
    local root=$1
    if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    fi
    in_chroot "$root" update-ca-certificates >/dev/null
}

in_chroot() {
    local root=$1; shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        PIP_CERT=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

build() {
    if [ -f "$ROOT/.ecosecurity-ready" ]; then
        log "cached chroot $ROOT"
        install_packages "$ROOT"
        return
    fi
    local url new=$ROOT.new
    url=$(mirror)
    [ -n "$url" ] || { echo "no Debian mirror found in /etc/apt (set MIRROR=...)" >&2; exit 1; }
    command -v debootstrap >/dev/null || {
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
    rm -rf "$new" "$ROOT"
    mkdir -p "$CACHE"
    log "debootstrap from the host's mirror into $new"
    debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$new" "$url" \
        > "$CACHE/debootstrap-$SUITE.log" 2>&1 \
        || { tail -n 30 "$CACHE/debootstrap-$SUITE.log"; exit 1; }
    mount_all "$new"
    copy_certificates "$new"
    install_packages "$new"
    umount_all
    echo "$SUITE" > "$new/.ecosecurity-ready"
    mv "$new" "$ROOT"
}

# The packages a cached chroot lacks (the list may have grown since it was built).
install_packages() {
    local root=$1
    # shellcheck disable=SC2086
    if in_chroot "$root" dpkg -s $PACKAGES >/dev/null 2>&1; then
        return
    fi
    log "installing QGIS and the tools make needs"
    mount_all "$root"
    # as the host's apt: a mirror's Release may be older than its Valid-Until (unstable)
    in_chroot "$root" apt-get -o Acquire::Check-Valid-Until=false update -q \
        > "$CACHE/apt-$SUITE.log" 2>&1 || { tail -n 30 "$CACHE/apt-$SUITE.log"; exit 1; }
    # shellcheck disable=SC2086
    in_chroot "$root" apt-get install -y -q --no-install-recommends $PACKAGES \
        >> "$CACHE/apt-$SUITE.log" 2>&1 || { tail -n 30 "$CACHE/apt-$SUITE.log"; exit 1; }
    in_chroot "$root" apt-get clean
}

run() {
    mount_all "$ROOT"
    copy_certificates "$ROOT"
    # the project as checked out (tracked and new files), over the kept venv and downloads
    local dest=$ROOT$DEST
    mkdir -p "$dest"
    find "$dest" -mindepth 1 -maxdepth 1 ! -name .venv ! -name build -exec rm -rf {} +
    rm -rf "$dest/build/plugins" "$dest/build/qgis-profile"
    (cd "$SRC" && git ls-files -z -c -o --exclude-standard | tar --null -T - -cf -) \
        | tar -xf - -C "$dest"
    # a repository of those files, for `make zip` (git ls-files)
    in_chroot "$ROOT" sh -c "cd $DEST && rm -rf .git && git init -q && git add -A"
    # the reference data beside the clone (CI lays shared/ there), read-only at the same place
    if [ -d "$SRC/../shared" ]; then
        mkdir -p "$ROOT$(dirname "$DEST")/shared"
        # a run killed before its clean-up leaves this bind in place, over a folder that
        # may be gone: drop it, or the new bind fails
        if mountpoint -q "$ROOT$(dirname "$DEST")/shared"; then
            umount -l "$ROOT$(dirname "$DEST")/shared"
        fi
        mount --bind "$(cd "$SRC/../shared" && pwd)" "$ROOT$(dirname "$DEST")/shared"
        MOUNTED+=("$ROOT$(dirname "$DEST")/shared")
        mount -o remount,bind,ro "$ROOT$(dirname "$DEST")/shared"
    fi
    in_chroot "$ROOT" sh -c '. /etc/os-release; echo "$PRETTY_NAME"; dpkg-query -W qgis python3 python3-numpy'
    in_chroot "$ROOT" make -C "$DEST" "$TARGET"
}

mkdir -p "$(dirname "$CACHE")"
exec 9>"$CACHE.lock"
flock 9  # one build or run of the chroot at a time
build
[ "$TARGET" = build ] || run
