import threading
collected = []
lock = threading.Lock()
def work(kind, value):
    with lock:
        collected.append((kind, value))
def main():
    ts = [threading.Thread(target=work, args=(k, v)) for k, v in [("ok", "b"), ("bad", "x"), ("ok", "a")]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = sorted(value for kind, value in collected if kind == "ok")
    print(ok)
main()
