"""Word (.docx) import and export of the municipalities' plans (docs/plans.md, "Word: import and export")."""
