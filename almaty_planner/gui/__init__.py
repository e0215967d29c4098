"""The Regional Standards dock: choose layers and norms, run the checks through Processing, read the deficits."""
