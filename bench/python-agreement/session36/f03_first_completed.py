# Hedged requests: the same quote is asked of three mirrors; the first answer wins
# (wait with FIRST_COMPLETED), and the rest are cancelled if they have not started yet.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

MIRRORS = {"eu": 0.02, "us": 0.005, "asia": 0.04, "backup": 0.001}
started = []
answers = {}


def ask(mirror):
    started.append(mirror)
    time.sleep(MIRRORS[mirror])
    return {"mirror": mirror, "price": 100 + len(mirror)}


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(ask, m) for m in ["eu", "us", "asia", "backup"]]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner = next(iter(done)).result()
    cancelled = sum(1 for f in pending if f.cancel())

answers["winner"] = winner["mirror"]
price = winner["price"]
print(f"winner={answers['winner']} price={price} cancelled={cancelled} started={sorted(started)}")
