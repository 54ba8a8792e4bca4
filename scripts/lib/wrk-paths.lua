-- wrk script for scripts/bench-coverage: each request takes the next path of a file, no path twice unless the
-- slice runs out (then it starts over and counts a repeat). Arguments (after --):
--   PATHS_FILE FIRST LAST LABEL CONCURRENCY THREADS
-- FIRST..LAST (1-based, inclusive) is the slice of the file used; wrk's THREADS threads interleave over it.
-- Prints one line: LABEL_http requests=… errors=… seconds=… concurrency=… requests_per_second=… p50_ms=… p99_ms=… repeats=…
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  first = tonumber(args[2])
  last = tonumber(args[3])
  label = args[4]
  concurrency = args[5]
  stride = tonumber(args[6])
  k = first + id
  repeats = 0
end

function request()
  if k > last then
    k = first + id
    repeats = repeats + 1
  end
  local path = paths[k]
  k = k + stride
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local repeated = 0
  for _, thread in ipairs(threads) do
    repeated = repeated + (thread:get("repeats") or 0)
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("%s_http requests=%d errors=%d seconds=%.0f concurrency=%s requests_per_second=%.0f p50_ms=%.1f p99_ms=%.1f repeats=%d\n",
    threads[1]:get("label"), summary.requests, errors, seconds, threads[1]:get("concurrency"), summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, repeated))
end
