"""A worker process takes requests that are tuples holding a list from a multiprocessing.Queue and
answers on another; the requests are a list display of tuple displays walked by the loop that puts them."""
from multiprocessing import Process, Queue

answers: list = []


def serve(requests, replies):
    while True:
        request = requests.get()
        if request is None:
            break
        op, values = request
        if op == "sum":
            replies.put(sum(values))
        elif op == "max":
            best = values[0]
            for v in values:
                if v > best:
                    best = v
            replies.put(best)
        else:
            replies.put(len(values))


if __name__ == "__main__":
    requests, replies = Queue(), Queue()
    server = Process(target=serve, args=(requests, replies))
    server.start()
    for request in [("sum", [1, 2, 3]), ("max", [4, 9, 2]), ("count", [7, 7])]:
        requests.put(request)
    requests.put(None)
    for _ in range(3):
        answers.append(replies.get())
    server.join()
    print(answers)
    assert answers == [6, 9, 2]
