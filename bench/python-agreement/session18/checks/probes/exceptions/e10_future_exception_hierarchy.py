from concurrent.futures import ThreadPoolExecutor

class JobError(Exception):
    pass

class Timeout(JobError):
    pass

caught = ""

def job():
    raise Timeout()

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    try:
        f.result()
    except JobError:
        caught = "job"
