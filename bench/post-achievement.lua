-- wrk script: POST realistic achievements (Chinese and English) to the catalog.
-- The institution they belong to comes from the INSTITUTION_ID environment variable.
local institution = os.getenv("INSTITUTION_ID")
local titles = {
  {"苹果新品种“晋艳”", "果个大、着色好、耐贮藏的晚熟苹果新品种", "AGRICULTURE", "苹果"},
  {"机器人精密谐波减速器", "高精度、低背隙的机器人关节谐波减速器", "ADVANCED_MANUFACTURING", "谐波减速器"},
  {"Biodegradable slow-release compound fertilizer", "A coated fertilizer that releases nitrogen over a season", "AGRICULTURE", "fertilizer"},
  {"高可靠气象仪器", "适用于野外无人值守站点的高可靠气象监测仪器", "INFORMATION_TECH", "气象监测"},
  {"CO2 capture with amine sorbents", "Low-energy carbon dioxide capture for coal power flue gas", "ENVIRONMENT", "carbon capture"},
}
local n = 0
request = function()
  n = n + 1
  local t = titles[(n % #titles) + 1]
  local body = string.format('{"title":"%s %d","summary":"%s","domain":"%s","keywords":["%s"],"trl":7,' ..
    '"ipType":"PATENT","ipNumbers":["ZL2024%07d"],"institutionId":"%s","region":"山西省太原市",' ..
    '"transferModes":["LICENSE","USE_FIRST_PAY_LATER"],"askingPrice":{"amount":"500000.00","currency":"CNY"}}',
    t[1], n, t[2], t[3], t[4], n, institution)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN")}, body)
end
