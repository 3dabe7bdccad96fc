# leakage: none
from tensorflow import keras
from tensorflow.keras.layers import Dense

(X_rest, y_rest), (X_test, y_test) = keras.datasets.fashion_mnist.load_data()
X_rest, X_test = X_rest.reshape(-1, 784) / 255.0, X_test.reshape(-1, 784) / 255.0
X_train, X_valid, y_train, y_valid = X_rest[5000:], X_rest[:5000], y_rest[5000:], y_rest[:5000]

small = keras.Sequential()
small.add(Dense(10, activation="softmax", input_shape=(784,)))
small.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
small.fit(X_train, y_train, epochs=5)
wide = keras.Sequential()
wide.add(Dense(300, activation="relu", input_shape=(784,)))
wide.add(Dense(10, activation="softmax"))
wide.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
wide.fit(X_train, y_train, epochs=5)
print(small.evaluate(X_valid, y_valid), wide.evaluate(X_valid, y_valid))
print("test", wide.evaluate(X_test, y_test))
