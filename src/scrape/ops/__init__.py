"""Running crawls unattended: schedule, one-writer lock, run journal, health and report."""
