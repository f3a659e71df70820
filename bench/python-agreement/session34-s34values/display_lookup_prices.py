# A price table written as a dict display inside the job, indexed by the job's argument (known only when
# the job runs); a plan the table lacks raises KeyError, which the caller takes from the future.
from concurrent.futures import ThreadPoolExecutor

USERS = [{"name": "ann", "plan": "pro"}, {"name": "bo", "plan": "free"}, {"name": "cy", "plan": "trial"}]
revenue = 0
unknown = 0


def price_for(user):
    return {"pro": 20, "free": 0, "pro": 25}[user["plan"]]


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(price_for, user) for user in USERS]
    for f in futures:
        try:
            revenue += f.result()
        except KeyError:
            unknown += 1

print(revenue, unknown)
