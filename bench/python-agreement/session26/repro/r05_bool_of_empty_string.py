import threading

flags: dict[str, int] = {}
lock = threading.Lock()


def check(name: str, text: str) -> None:
    with lock:
        flags[name] = int(bool(text))


threads = [threading.Thread(target=check, args=(n, t)) for n, t in [("blank", ""), ("word", "go")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
blank = flags["blank"]
word = flags["word"]
print(blank, word)
