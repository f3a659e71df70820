import threading
ping = threading.Event()
pong = threading.Event()
rounds = 0
def a():
    global rounds
    for _ in range(3):
        ping.set()
        pong.wait()
        pong.clear()
        rounds += 1
def b():
    for _ in range(3):
        ping.wait()
        ping.clear()
        pong.set()
ta = threading.Thread(target=a); tb = threading.Thread(target=b)
ta.start(); tb.start(); ta.join(); tb.join()
print(rounds)
