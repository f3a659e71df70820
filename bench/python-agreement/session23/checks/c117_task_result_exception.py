# check: the exception a job raises is the same object result() raises (its args and its type)
from concurrent.futures import ThreadPoolExecutor

info = []


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} over {limit}")
        self.user = user
        self.limit = limit


def job(user):
    raise QuotaError(user, 3)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job, "ann")
    try:
        f.result()
    except QuotaError as e:
        info.append(e.user)
        info.append(e.limit)
        info.append(str(e))
        info.append(len(e.args))
