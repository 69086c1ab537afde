"""The full workflows (source to key areas, coupling coordination, panel dynamics) as
Processing tools built from models of the other tools."""
