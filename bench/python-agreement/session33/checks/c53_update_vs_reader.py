import threading

settings = {"host": "a", "port": 1}
seen = []


def reload():
    settings.update({"host": "b", "port": 2})


def reader():
    seen.append(f"{settings['host']}:{settings['port']}")


threads = [threading.Thread(target=reload), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(settings, seen)
