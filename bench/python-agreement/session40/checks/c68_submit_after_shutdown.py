# Check: submit after shutdown raises RuntimeError. Bug: use after shutdown (caught).
from concurrent.futures import ThreadPoolExecutor

errors = 0
value = 0

pool = ThreadPoolExecutor(max_workers=2)
value = pool.submit(pow, 2, 5).result()
pool.shutdown()
try:
    pool.submit(pow, 2, 6)
except RuntimeError:
    errors += 1
print(f"value={value} errors={errors}")
