# session25/variants/t12v_fstring.py: a thread started in __init__ before the settings it reads (the race must show)
# BUG: order violation: the worker is started before the configuration it reads is filled in
import threading


class Service:
    def __init__(self):
        self.settings = {}
        self.seen = None
        self.worker = threading.Thread(target=self._serve)
        self.worker.start()
        self.settings["greeting"] = "hello"
        self.settings["repeat"] = 2

    def _serve(self):
        greeting = self.settings.get("greeting", "<missing>")
        repeat = self.settings.get("repeat", 1)
        self.seen = greeting if repeat == 1 else f"{greeting} {greeting}"


svc = Service()
svc.worker.join()
print("served:", svc.seen)
assert svc.seen == "hello hello", "worker ran before settings were ready"
