#!/usr/bin/env node
// Thin launcher so `npx rapport` and a global install run the compiled CLI.
import "../dist/cli/main.js";
