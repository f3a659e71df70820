# BUG: pool starvation deadlock: a task running on a one-worker pool submits a sub-task to the same pool
# and waits for it; the sub-task can never start. A timeout on result() exposes it.
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)


def load_user(uid):
    return {"id": uid, "name": f"user{uid}"}


def render_page(uid):
    inner = pool.submit(load_user, uid)
    try:
        user = inner.result(timeout=0.2)
    except TimeoutError:
        return "timed out waiting for load_user"
    return f"<h1>{user['name']}</h1>"


page = pool.submit(render_page, 7).result()
pool.shutdown(wait=True)
print(page)
