-- wrk script: open deals (POST /api/v1/deals), each with fresh parties and its own
-- Idempotency-Key: the reducer licence under use-first-pay-later and assigned varieties in turn.
-- The roadshow they belong to comes from the ROADSHOW_ID environment variable.
local roadshow = os.getenv("ROADSHOW_ID")
local n = 0

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%06x%06x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end

local bodies = {
  '{"achievementId":"%s","needId":"%s","institutionId":"%s","enterpriseId":"%s","roadshowId":"%s",' ..
    '"dealType":"LICENSE","exclusive":false,"amount":{"amount":"800000.00","currency":"CNY"},' ..
    '"paymentModel":"USE_FIRST_PAY_LATER","trialEndsOn":"2027-06-30","dueOn":"2027-12-31",' ..
    '"usageMilestone":"1 000 reducers built into the buyer\'s robots","notes":"机器人精密谐波减速器 先使用后付费"}',
  '{"achievementId":"%s","needId":"%s","institutionId":"%s","enterpriseId":"%s","roadshowId":"%s",' ..
    '"dealType":"ASSIGNMENT","exclusive":true,"amount":{"amount":"450000.00","currency":"CNY"},' ..
    '"paymentModel":"LUMP_SUM","dueOn":"2027-03-31","notes":"谷子新品种 路演现场签约"}',
}

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
  n = n + 1
  local body = string.format(bodies[(n % #bodies) + 1], uuid(), uuid(), uuid(), uuid(), roadshow)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Idempotency-Key"] = uuid(),
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN")}, body)
end
