"""rubrics: assessment policies (绩效考核 notices, 考核办法, scoring tables) into scorable records."""

__version__ = "0.1.0"
