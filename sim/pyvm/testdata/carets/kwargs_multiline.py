def connect(host, port):
    return host + port

conn = connect(host='db',
               port=5432)
