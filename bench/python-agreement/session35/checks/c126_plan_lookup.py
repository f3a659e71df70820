"""A thread prices users by a dict display of plans; an unknown plan raises KeyError in that thread."""
import threading

users = [{"name": "ann", "plan": "pro"}, {"name": "bo", "plan": "gold"}, {"name": "cy", "plan": "free"}]
prices = []
unknown = []


def price(user):
    try:
        prices.append({"pro": 20, "free": 0}[user["plan"]])
    except KeyError:
        unknown.append(user["name"])


threads = [threading.Thread(target=price, args=(u,)) for u in users]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(prices), unknown)
