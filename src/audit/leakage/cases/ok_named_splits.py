# leakage: none
import tensorflow as tf
import tensorflow_datasets as tfds
data = tfds.load("mnist", as_supervised=True)
ds_train = data["train"].batch(64)
ds_test = data["test"].batch(64)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(ds_train, epochs=3)
print(model.evaluate(ds_test))
