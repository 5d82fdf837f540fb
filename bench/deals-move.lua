-- wrk script: move deals one stage on (POST /api/v1/deals/{id}/transitions). The deal ids are
-- read from the file named by DEAL_IDS (one a line), shared out between the threads; the target
-- stage is TO (NEGOTIATION, SIGNED, ...). A thread that has moved all its deals stops.
local to = os.getenv("TO")
local file = os.getenv("DEAL_IDS")
local count = 0

setup = function(thread)
  thread:set("index", count)
  count = count + 1
end

init = function(args)
  -- deals.sh runs wrk with THREADS threads
  local nthreads = tonumber(os.getenv("THREADS") or "2")
  ids = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == index then
      table.insert(ids, line)
    end
    i = i + 1
  end
  next_id = 0
  body = string.format('{"to":"%s","note":"bench"}', to)
end

request = function()
  next_id = next_id + 1
  if next_id > #ids then
    wrk.thread:stop()
    next_id = 1
  end
  return wrk.format("POST", "/api/v1/deals/" .. ids[next_id] .. "/transitions",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN")}, body)
end
