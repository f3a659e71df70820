import threading

log = []


def handle(event):
    match event:
        case ("click", x, y):
            log.append(f"click {x},{y}")
        case ("key", k) if k.isdigit():
            log.append(f"digit {k}")
        case ("key", k):
            log.append(f"key {k}")
        case _:
            log.append("other")


threads = [threading.Thread(target=handle, args=(e,)) for e in (("click", 1, 2), ("key", "7"), ("key", "q"), ("scroll",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
