import threading

result = None
done = threading.Event()


def compute():
    global result
    result = 6 * 7
    done.set()


t = threading.Thread(target=compute)
t.start()
done.wait()
answer = result
t.join()
