import threading

request = threading.Event()
reply = threading.Event()
answer = 0
question = 0


def server():
    global answer
    request.wait()
    answer = question * 2
    reply.set()


def client():
    global question
    question = 21
    request.set()
    reply.wait()


s = threading.Thread(target=server)
c = threading.Thread(target=client)
s.start()
c.start()
s.join()
c.join()
print(answer)
