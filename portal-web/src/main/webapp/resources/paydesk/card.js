// The card terminal's encryption. Card fields carry no "name", so the browser never sends
// them to PayDesk: they are read here, encrypted with the gateway's RSA public key
// (PKCS#1 v1.5, the scheme of the JSEncrypt example in the gateway's docs), and only the
// base64 result is put into the form. The fields are then emptied.
window.PayDeskCard = (function () {
    'use strict';

    function base64ToBytes(text) {
        var binary = atob(text);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes;
    }

    function bytesToBase64(bytes) {
        var binary = '';
        for (var i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return btoa(binary);
    }

    function toBigInt(bytes) {
        var hex = '';
        for (var i = 0; i < bytes.length; i++) {
            hex += bytes[i].toString(16).padStart(2, '0');
        }
        return BigInt('0x' + (hex || '0'));
    }

    // one DER element: its tag and where its content starts and ends
    function element(bytes, at) {
        var length = bytes[at + 1];
        var start = at + 2;
        if (length & 0x80) {
            var count = length & 0x7f;
            length = 0;
            for (var i = 0; i < count; i++) {
                length = length * 256 + bytes[start + i];
            }
            start += count;
        }
        return {tag: bytes[at], start: start, end: start + length};
    }

    // SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE, subjectPublicKey BIT STRING { SEQUENCE { n, e } } }
    function readKey(pem) {
        var der = base64ToBytes(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
        var info = element(der, 0);
        var algorithm = element(der, info.start);
        var bits = element(der, algorithm.end);
        var rsa = element(der, bits.start + 1);
        var n = element(der, rsa.start);
        var e = element(der, n.end);
        var modulus = der.slice(n.start, n.end);
        while (modulus.length > 0 && modulus[0] === 0) {
            modulus = modulus.slice(1);
        }
        return {n: toBigInt(modulus), e: toBigInt(der.slice(e.start, e.end)), size: modulus.length};
    }

    function modPow(base, exponent, modulus) {
        var result = 1n;
        base %= modulus;
        while (exponent > 0n) {
            if (exponent & 1n) {
                result = result * base % modulus;
            }
            exponent >>= 1n;
            base = base * base % modulus;
        }
        return result;
    }

    function encrypt(pem, text) {
        var key = readKey(pem);
        var message = new TextEncoder().encode(text);
        if (message.length > key.size - 11) {
            throw new Error('message too long for the key');
        }
        var block = new Uint8Array(key.size);
        var padding = new Uint8Array(key.size - 3 - message.length);
        crypto.getRandomValues(padding);
        for (var i = 0; i < padding.length; i++) {
            while (padding[i] === 0) {
                var one = new Uint8Array(1);
                crypto.getRandomValues(one);
                padding[i] = one[0];
            }
        }
        block[1] = 2;
        block.set(padding, 2);
        block.set(message, 3 + padding.length);
        var hex = modPow(toBigInt(block), key.e, key.n).toString(16).padStart(key.size * 2, '0');
        var out = new Uint8Array(key.size);
        for (var j = 0; j < key.size; j++) {
            out[j] = parseInt(hex.substr(j * 2, 2), 16);
        }
        return bytesToBase64(out);
    }

    function brand(number) {
        if (/^4/.test(number)) {
            return 'VISA';
        }
        if (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(number)) {
            return 'MASTERCARD';
        }
        return '';
    }

    function value(id) {
        var field = document.getElementById(id);
        return field ? field.value.replace(/\s+/g, '') : '';
    }

    function clear(ids) {
        ids.forEach(function (id) {
            var field = document.getElementById(id);
            if (field) {
                field.value = '';
            }
        });
    }

    function say(text) {
        var box = document.getElementById('card-problem');
        box.textContent = text;
        box.style.display = text ? 'block' : 'none';
    }

    function key() {
        return document.getElementById('card-key').getAttribute('data-pem');
    }

    // Reads the card, checks it as a cashier would, encrypts it into the form. false stops the submit.
    function sealCard(form) {
        var number = value('card-number');
        var month = value('card-month').padStart(2, '0');
        var year = value('card-year');
        var cvv = value('card-cvv');
        var pin = value('card-pin');
        var kind = brand(number);
        if (!/^\d{12,19}$/.test(number) || !kind) {
            say('Enter a VISA or Mastercard number (12 to 19 digits).');
            return false;
        }
        if (!/^(0[1-9]|1[0-2])$/.test(month) || !/^\d{4}$/.test(year)) {
            say('Enter the expiry as month (01–12) and four-digit year.');
            return false;
        }
        if (!/^\d{3,4}$/.test(cvv)) {
            say('The CVV is the 3 or 4 digits on the back of the card.');
            return false;
        }
        if (pin && !/^\d{4}$/.test(pin)) {
            say('A card PIN has 4 digits; leave it empty if the customer will enter it later.');
            return false;
        }
        var payload = {card_number: number, expiry_month: month, expiry_year: year, cvv: cvv};
        if (pin) {
            payload.pin = pin;
        }
        document.getElementById(form + ':encrypted').value = encrypt(key(), JSON.stringify(payload));
        document.getElementById(form + ':brand').value = kind;
        clear(['card-number', 'card-month', 'card-year', 'card-cvv', 'card-pin']);
        say('');
        return true;
    }

    function sealPin(form) {
        var pin = value('step-pin');
        if (!/^\d{4}$/.test(pin)) {
            say('A card PIN has 4 digits.');
            return false;
        }
        document.getElementById(form + ':encryptedPin').value = encrypt(key(), pin);
        clear(['step-pin']);
        say('');
        return true;
    }

    return {encrypt: encrypt, brand: brand, sealCard: sealCard, sealPin: sealPin};
})();
