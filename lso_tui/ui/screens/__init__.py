"""Full screens of the dashboard: opening, main, detail, source, help, log, doctor, chart, too small."""
