from concurrent.futures import ThreadPoolExecutor
log = []
def job():
    return 1
pool = ThreadPoolExecutor(1)
pool.shutdown()
try:
    pool.submit(job)
    log.append('submitted')
except RuntimeError:
    log.append('refused')
print(log)
