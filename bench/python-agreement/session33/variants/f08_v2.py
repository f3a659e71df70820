from concurrent.futures import ThreadPoolExecutor, TimeoutError


def fetch_user(user_id):
    return {"id": user_id, "name": f"user{user_id}", "plan": "pro" if user_id % 2 else "free"}


def price_for(user):
    return 20 if user["plan"] == "pro" else 0


def invoice(user_ids):
    lines = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        user_futures = [pool.submit(fetch_user, uid) for uid in user_ids]
        price_futures = []
        names = []
        for uf in user_futures:
            try:
                user = uf.result(timeout=1)
            except TimeoutError:
                lines.append("timeout")
                continue
            names.append(user["name"])
            price_futures.append(pool.submit(price_for, user))
        for name, pf in zip(names, price_futures):
            lines.append((name, pf.result()))
    return lines


lines = invoice([1, 2, 3])
print("lines", lines, "total", sum(amount for _, amount in lines))
