"""An LSTM forecaster of panel series (optional: needs PyTorch).

One small LSTM is trained on every unit's windows of WINDOW consecutive values (pooled
over units, values scaled to [0, 1] by the training range) to predict the next value;
forecasts run recursively. Seeded and single-threaded, so runs repeat exactly.
Hochreiter, S. and Schmidhuber, J. (1997). Long short-term memory. Neural Computation 9,
1735-1780.
"""
import numpy as np

from ..pyenv import TORCH_LINUX, install_hint
from .forecast import ForecastError


def install_message(tr=str):
    """Why the LSTM did not run and exactly how to add PyTorch to QGIS's Python (tr: the
    tool's translator, see i18n/catalogue.py)."""
    return (tr("The LSTM needs PyTorch, which QGIS's Python cannot import. To install it, %s. "
               "The other models ran without it.") % install_hint("torch", linux=TORCH_LINUX))


def available():
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def windows(Y, window):
    """(inputs, targets) from every run of window + 1 consecutive known values."""
    xs, ys = [], []
    for k in range(Y.shape[1] - window):  # periods, not cells: a dozen or so
        block = Y[:, k:k + window + 1]
        ok = ~np.isnan(block).any(axis=1)
        xs.append(block[ok, :window])
        ys.append(block[ok, window])
    if not xs:
        return np.empty((0, window)), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys)


def forecast(Y, horizon, window=3, hidden=16, epochs=400, seed=1, lr=0.01):
    """Forecast every unit `horizon` steps ahead; returns (units x horizon) array."""
    import torch
    from torch import nn
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    lo, hi = np.nanmin(Y), np.nanmax(Y)
    span = hi - lo if hi > lo else 1.0
    Z = (Y - lo) / span
    X, y = windows(Z, window)
    if X.shape[0] < 4:
        raise ForecastError("The LSTM needs at least 4 windows of {window} consecutive periods to "
                         "learn from; there are {rows}. Use a shorter WINDOW.",
                            window="%d" % (window + 1), rows="%d" % X.shape[0])

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(1, hidden, batch_first=True)
            self.out = nn.Linear(hidden, 1)

        def forward(self, x):
            h, _ = self.lstm(x)
            return self.out(h[:, -1, :]).squeeze(-1)

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    xt = torch.tensor(X[:, :, None], dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.float32)
    for _ in range(epochs):  # full-batch training: the panels are small
        opt.zero_grad()
        loss = ((net(xt) - yt) ** 2).mean()
        loss.backward()
        opt.step()
    # recursive forecast from each unit's last known window, all units at once
    out = np.full((Y.shape[0], horizon), np.nan)
    last = np.array([row[~np.isnan(row)][-window:] if (~np.isnan(row)).sum() >= window
                     else np.full(window, np.nan) for row in Z])
    ok = ~np.isnan(last).any(axis=1)
    seq = torch.tensor(last[ok][:, :, None], dtype=torch.float32)
    with torch.no_grad():
        for h in range(horizon):
            nxt = net(seq[:, -window:, :])
            out[ok, h] = nxt.numpy()
            seq = torch.cat([seq, nxt[:, None, None]], dim=1)
    short = ~ok  # too little history for a window: hold the last value
    if short.any():
        out[short] = np.array([row[~np.isnan(row)][-1] if (~np.isnan(row)).any() else np.nan
                               for row in Z[short]])[:, None]
    return lo + out * span
