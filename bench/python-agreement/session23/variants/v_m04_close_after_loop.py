from multiprocessing import Array, Pipe, Process, Queue


def echo_server(conn):
    while True:
        msg = conn.recv()
        if msg == "bye":
            conn.send("closing")
            break
        conn.send(msg[::-1])
    conn.close()


def fill(arr, q, start):
    for i in range(len(arr)):
        arr[i] = start + i
    q.put(sum(arr[:]))


def main():
    parent, child = Pipe()
    server = Process(target=echo_server, args=(child,))
    server.start()
    for word in ["ping", "weft"]:
        parent.send(word)
        print(parent.recv())
    parent.send("bye")
    print(parent.recv())
    server.join()

    arr = Array("i", 4)
    q = Queue()
    p = Process(target=fill, args=(arr, q, 10))
    p.start()
    print("sum", q.get())
    p.join()
    print("array", list(arr))


if __name__ == "__main__":
    main()
