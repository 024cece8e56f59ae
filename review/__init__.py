"""The review web app (`rubrics review`): each number beside its source, corrections in place."""
