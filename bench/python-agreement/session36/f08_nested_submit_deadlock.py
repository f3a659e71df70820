# BUG: deadlock: a job running on a one-worker pool submits a helper job to the same pool and waits
# for its result; the helper can never start because the only worker is the one waiting.
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)
steps = []


def checksum(data):
    steps.append("checksum")
    return sum(data) % 255


def upload(name, data):
    steps.append(f"upload:{name}")
    digest = pool.submit(checksum, data).result()  # waits on its own pool
    return f"{name}:{digest}"


receipt = pool.submit(upload, "report", [10, 20, 30]).result()
pool.shutdown()
print(f"receipt={receipt} steps={steps}")
