"""Shared names of the ecological-source tools."""

GROUP, GROUP_ID = "Ecological sources", "sources"
