# check: a pool's worker thread is reused, so what one task leaves in threading.local the next one sees
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
local.owner = "main"
seen = []


def first():
    local.owner = "first"


def second():
    seen.append(local.owner)


with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(first).result()
    pool.submit(second).result()
who = seen[0]
print(who)
