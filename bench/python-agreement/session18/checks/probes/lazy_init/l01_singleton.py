import threading


class Config:
    def __init__(self):
        self.loaded = 1


_instance = None
created = 0


def get_config():
    global _instance, created
    if _instance is None:
        created += 1
        _instance = Config()
    return _instance


threads = [threading.Thread(target=get_config) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
