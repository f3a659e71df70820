# DNS resolver: CNAME chains resolved recursively under an RLock with a shared cache. Bug: none.
import threading

records = {
    "www.shop": "cdn.shop",
    "cdn.shop": "edge.net",
    "edge.net": "10.0.0.7",
    "mail.shop": "mx.net",
    "mx.net": "10.0.0.9",
    "api.shop": "edge.net",
}
cache = {}
lookups = 0
lock = threading.RLock()


def resolve(name, depth=0):
    global lookups
    with lock:
        if name in cache:
            return cache[name]
        lookups += 1
        target = records[name]
        if target[0].isdigit():
            answer = target
        else:
            answer = resolve(target, depth + 1)
        cache[name] = answer
        return answer


answers = {}


def client(names):
    for n in names:
        answers[n] = resolve(n)


threads = [threading.Thread(target=client, args=(ns,)) for ns in (["www.shop", "mail.shop"], ["api.shop", "www.shop"])]
for t in threads:
    t.start()
for t in threads:
    t.join()

last_octets = {k: int(v.split(".")[-1]) for k, v in sorted(answers.items())}
print(f"lookups={lookups} cached={len(cache)} last_octets={last_octets}")
