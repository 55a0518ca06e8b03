// Placeholder so the target compiles until its first real file lands.
