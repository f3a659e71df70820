# bug: check-then-act: two threads both find no instance and each make one (created == 2)
# CPython 3.11.7 (agree.py, 10 runs): created 1 answers {0: 40, 1: 40} every run (the GIL rarely switches in
# between); weft (complete) finds created == 2 too, the assertion failing
import threading

created = 0
_instance = None


class Settings:
    def __init__(self, workers):
        global created
        created += 1
        self.values = {"workers": workers}


def get_settings():
    global _instance
    if _instance is None:
        _instance = Settings(4)
    return _instance


def worker(results, i):
    results[i] = get_settings().values["workers"] * 10


answers = {}
threads = [threading.Thread(target=worker, args=(answers, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("created", created, "answers", answers)
assert created == 1, f"Settings created {created} times"
