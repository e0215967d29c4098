"""The Processing provider ``almaty_planner`` and its algorithms (one file per algorithm)."""
