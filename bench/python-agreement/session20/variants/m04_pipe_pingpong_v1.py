"""Parent and child exchange messages over a Pipe; a Lock-protected Value counts the round trips."""
from multiprocessing import Lock, Process, Queue, Value

ROUNDS = 3
replies = []
round_trips = 0


def echo_server(requests, answers, counter, lock):
    while True:
        msg = requests.get()
        if msg == "bye":
            break
        with lock:
            counter.value += 1
        answers.put(msg.upper())


if __name__ == "__main__":
    requests = Queue()
    answers = Queue()
    counter = Value("i", 0)
    lock = Lock()
    server = Process(target=echo_server, args=(requests, answers, counter, lock))
    server.start()
    for word in ["ping", "hello", "weft"][:ROUNDS]:
        requests.put(word)
        replies.append(answers.get())
    requests.put("bye")
    server.join()
    round_trips = counter.value
    assert replies == ["PING", "HELLO", "WEFT"]
    assert round_trips == ROUNDS
