-- wrk script for scripts/bench-gateway-wrk.sh: every request registers a new party (POST /api/v1/parties) with a
-- unique, valid unified social credit code (GB 32100 check character), as the corp.admin demo user.
local alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
local threads = {}
local auth = "Basic Y29ycC5hZG1pbjpkZW1v" -- corp.admin:demo

local function char(value)
  return alphabet:sub(value + 1, value + 1)
end

local function check(first17)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (alphabet:find(first17:sub(i, i), 1, true) - 1) * weights[i]
  end
  return char((31 - sum % 31) % 31)
end

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  run = (args[1] and tonumber(args[1]) or os.time()) % 100
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = auth
end

function request()
  counter = counter + 1
  local n = counter
  local digits = ""
  for _ = 1, 7 do
    digits = char(n % 31) .. digits
    n = math.floor(n / 31)
  end
  -- 91 + a six-digit division code (31, the run, the thread) + a nine-character organisation code (MA + counter)
  local first17 = string.format("9131%02d%02d", run, tid % 100) .. "MA" .. digits
  local code = first17 .. check(first17)
  return wrk.format(nil, "/api/v1/parties", nil,
    '{"creditCode":"' .. code .. '","name":"benchmark supplier","kind":"SUPPLIER"}')
end

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d non-2xx, p50 %.2f ms, p99 %.2f ms\n", summary.requests,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
