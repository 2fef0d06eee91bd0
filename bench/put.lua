-- wrk's requests for a PUT row: each gives the object a name of its own, so that every request
-- is a real change that keeps a version, with the key in BENCH_KEY (the bench's own, never a
-- deployment's). bench/run.sh and bench/put.sh append the done() that reports the figures.
local key = os.getenv("BENCH_KEY")
local next_thread = 1
setup = function(thread)
    thread:set("thread_number", next_thread)
    next_thread = next_thread + 1
end
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("PUT", wrk.path, { ["X-Api-Key"] = key, ["Content-Type"] = "application/json" },
        '{"name":"Bench name ' .. thread_number .. '-' .. counter .. '"}')
end
