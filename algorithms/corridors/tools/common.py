"""Shared names of the corridor tools."""

GROUP, GROUP_ID = "Corridors", "corridors"
