-- wrk script for infra/bench/autosave.sh: every connection autosaves answers of real respondents.
-- Each wrk thread owns a disjoint share of the (respondent, question) slots and visits them round-robin;
-- on its k-th visit a slot sends baseRevision k (the revision its previous save returned) and the other
-- of two options, so every request is a real change, never a conflict, as long as none fails.
local data_file = os.getenv("AUTOSAVE_DATA")
local threads_made = 0

function setup(thread)
  thread:set("thread_index", threads_made)
  threads_made = threads_made + 1
end

function init(args)
  local data = dofile(data_file)
  local thread_count = tonumber(os.getenv("WRK_THREADS") or "2")
  assessment = data.assessment
  slots = {}
  for r, respondent in ipairs(data.respondents) do
    if (r - 1) % thread_count == thread_index then
      for _, q in ipairs(respondent.questions) do
        slots[#slots + 1] = { token = "Bearer " .. respondent.token, key = q[1], a = q[2], b = q[3], visits = 0 }
      end
    end
  end
  position = 0
  failures = 0
end

function request()
  position = position % #slots + 1
  local s = slots[position]
  local option = (s.visits % 2 == 0) and s.a or s.b
  local body = '{"optionKey":"' .. option .. '","baseRevision":' .. s.visits .. '}'
  s.visits = s.visits + 1
  return wrk.format("PUT", "/api/v1/assessments/" .. assessment .. "/answers/" .. s.key,
    { ["Authorization"] = s.token, ["Content-Type"] = "application/json" }, body)
end
